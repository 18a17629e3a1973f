"""Run the checker on a split of the story corpus and score its findings against the gold.

A finding *links* two gold quotes when two of its sides are claims from the two
articles whose evidence spans overlap the quotes' spans. Only findings of
severity error or warning count as flags (info is a note, not an alarm).

- recall: gold contradictions linked by a flag;
- false alarms: consistent and not-comparable pairs linked by a flag;
- precision: flags that link a gold contradiction, over all flags (the gold is
  exhaustive for contradictions: any other flag is a false one).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from benchmarks.accuracy.gold import ROOT, Gold, Pair, Span, Story, locate_quote
from daejo.ingest import load_articles
from daejo.models import Article, ArticleClaims, Finding, FindingSide
from daejo.pipeline import Toolkit, extract_entries, find_conflicts, load_toolkit

FLAGS = ("error", "warning")


def open_world_toolkit() -> Toolkit:
    """The checker as a newsroom first runs it: no alias file, the packaged catalogue."""
    return load_toolkit("kiwi", aliases=(), attributes=())


def split_articles(gold: Gold, split: str, root: Path = ROOT) -> tuple[list[Story], list[Article]]:
    stories = [s for s in gold.stories if split in ("all", s.split)]
    folders = [root / s.id for s in stories]
    return stories, list(load_articles(folders).articles)


def run_check(articles: list[Article], toolkit: Toolkit) -> tuple[list[ArticleClaims], list[Finding]]:
    entries = extract_entries(articles, toolkit, progress=False)
    return entries, find_conflicts(entries, [], toolkit)


def _overlaps(side: FindingSide, span: Span) -> bool:
    return side.article == span.article and side.start < span.end and span.start < side.end


def links(finding: Finding, a: Span, b: Span) -> bool:
    for s1, s2 in combinations(finding.claims, 2):
        if (_overlaps(s1, a) and _overlaps(s2, b)) or (_overlaps(s1, b) and _overlaps(s2, a)):
            return True
    return False


@dataclass
class PairResult:
    story: Story
    pair: Pair
    flagged: bool
    severity: str | None  # the highest severity of a finding linking the pair
    finding: Finding | None


@dataclass
class Score:
    """Counts of one split, overall or for one beat or kind."""

    contradictions: int = 0
    caught: int = 0
    caught_error: int = 0
    consistent: int = 0
    consistent_flagged: int = 0
    not_comparable: int = 0
    not_comparable_flagged: int = 0

    def add(self, r: PairResult) -> None:
        v = r.pair.verdict
        if v == "contradiction":
            self.contradictions += 1
            self.caught += r.flagged
            self.caught_error += r.severity == "error"
        elif v == "consistent":
            self.consistent += 1
            self.consistent_flagged += r.flagged
        else:
            self.not_comparable += 1
            self.not_comparable_flagged += r.flagged

    @property
    def recall(self) -> float | None:
        return self.caught / self.contradictions if self.contradictions else None

    @property
    def recall_error(self) -> float | None:
        return self.caught_error / self.contradictions if self.contradictions else None

    @property
    def quiet_pairs(self) -> int:
        return self.consistent + self.not_comparable

    @property
    def false_alarm_rate(self) -> float | None:
        flagged = self.consistent_flagged + self.not_comparable_flagged
        return flagged / self.quiet_pairs if self.quiet_pairs else None


@dataclass
class SplitResult:
    split: str
    articles: int
    claims: int
    results: list[PairResult]
    flags: list[Finding]
    true_flags: int
    unlocated: list[str] = field(default_factory=list)
    true_ids: set[str] = field(default_factory=set)  # ids of the flags that link a gold contradiction

    @property
    def overall(self) -> Score:
        score = Score()
        for r in self.results:
            score.add(r)
        return score

    def by(self, key) -> dict[str, Score]:
        out: dict[str, Score] = defaultdict(Score)
        for r in self.results:
            out[key(r)].add(r)
        return dict(sorted(out.items()))

    @property
    def precision(self) -> float | None:
        return self.true_flags / len(self.flags) if self.flags else None

    @property
    def findings_per_article(self) -> float:
        return len(self.flags) / self.articles if self.articles else 0.0

    @property
    def false_flags(self) -> list[Finding]:
        return [f for f in self.flags if f.id not in self.true_ids]


def score_split(split: str, stories: list[Story], articles: list[Article], entries: list[ArticleClaims], findings: list[Finding]) -> SplitResult:
    by_id = {a.id: a for a in articles}
    flags = [f for f in findings if f.severity in FLAGS]
    true_ids: set[str] = set()
    results: list[PairResult] = []
    unlocated: list[str] = []
    for story in stories:
        for pair in story.pairs:
            span_a = locate_quote(by_id[pair.a], pair.qa) if pair.a in by_id else None
            span_b = locate_quote(by_id[pair.b], pair.qb) if pair.b in by_id else None
            if span_a is None or span_b is None:
                unlocated.append(f"{story.id}: {pair.a} {pair.qa!r} / {pair.b} {pair.qb!r}")
                continue
            linking = [f for f in flags if links(f, span_a, span_b)]
            severity = min((f.severity for f in linking), key=FLAGS.index, default=None)
            if pair.verdict == "contradiction":
                true_ids.update(f.id for f in linking)
            results.append(PairResult(story, pair, bool(linking), severity, linking[0] if linking else None))
    true_flags = sum(1 for f in flags if f.id in true_ids)
    claims = sum(len(e.claims) for e in entries)
    return SplitResult(split, len(articles), claims, results, flags, true_flags, unlocated, true_ids)


def evaluate(gold: Gold, split: str, toolkit: Toolkit, root: Path = ROOT) -> SplitResult:
    stories, articles = split_articles(gold, split, root)
    entries, findings = run_check(articles, toolkit)
    return score_split(split, stories, articles, entries, findings)


def kinds_of(result: SplitResult) -> Counter:
    return Counter(r.pair.kind for r in result.results)
