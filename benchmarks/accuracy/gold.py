"""The story corpus's gold: loading, validation and locating quotes in article bodies.

``fixtures/stories/gold.yaml`` lists every story (beat, split, articles) and its gold
pairs; the articles live in ``fixtures/stories/<story>/<article>.md``. While a story is
being written its gold may sit in ``fixtures/stories/<story>/gold.yaml`` (one story, no
split); ``python -m benchmarks.accuracy.gold merge`` folds those parts into gold.yaml.

    python -m benchmarks.accuracy.gold validate   # every problem, one line each; exit 1 if any
    python -m benchmarks.accuracy.gold stats      # counts per verdict, kind, beat, split
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from daejo.ingest import load_articles
from daejo.models import Article

ROOT = Path(__file__).resolve().parents[2] / "fixtures" / "stories"
GOLD = ROOT / "gold.yaml"

Verdict = Literal["contradiction", "consistent", "not-comparable"]
Kind = Literal[
    "count", "money", "percent", "rank", "range", "date", "clock", "age", "duration",
    "measure", "score", "ratio",
]
Beat = Literal[
    "disaster", "weather", "election", "sports", "budget", "earnings", "deals", "tech",
    "courts", "property", "health", "labour", "markets", "culture", "science",
]
Split = Literal["dev", "test"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Pair(_Strict):
    a: str
    qa: str
    b: str
    qb: str
    verdict: Verdict
    kind: Kind
    why: str | None = None


class Story(_Strict):
    id: str
    beat: Beat
    split: Split | None = None
    title: str
    articles: list[str] = Field(min_length=1)
    pairs: list[Pair] = Field(default_factory=list)


class Gold(_Strict):
    version: int = 1
    stories: list[Story]

    def story(self, story_id: str) -> Story:
        return next(s for s in self.stories if s.id == story_id)


class Span(_Strict):
    article: str
    start: int
    end: int


def load_gold(path: Path = GOLD) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Gold.model_validate(data)


def load_parts(root: Path = ROOT) -> list[tuple[Path, Story]]:
    parts = []
    for part in sorted(root.glob("*/gold.yaml")):
        data = yaml.safe_load(part.read_text(encoding="utf-8"))
        parts.append((part, Story.model_validate(data)))
    return parts


def story_articles(story_id: str, root: Path = ROOT) -> list[Article]:
    folder = root / story_id
    return list(load_articles([folder]).articles) if folder.is_dir() else []


def locate_quote(article: Article, quote: str) -> Span | None:
    """The quote's span in the body when it occurs exactly once there, else None."""
    first = article.body.find(quote)
    if first < 0 or article.body.find(quote, first + 1) >= 0:
        return None
    return Span(article=article.id, start=first, end=first + len(quote))


def problems_of(story: Story, articles: dict[str, Article], *, need_split: bool) -> list[str]:
    out: list[str] = []
    where = f"story {story.id}"
    if need_split and story.split is None:
        out.append(f"{where}: no split")
    ids_here = {a.id for a in articles.values() if Path(a.path).parent.name == story.id}
    for aid in story.articles:
        if aid not in articles:
            out.append(f"{where}: article {aid!r} has no file under fixtures/stories/{story.id}/")
    for extra in sorted(ids_here - set(story.articles)):
        out.append(f"{where}: file of article {extra!r} not listed in articles")
    for n, pair in enumerate(story.pairs, 1):
        label = f"{where} pair {n} ({pair.a} '{pair.qa}' / {pair.b} '{pair.qb}')"
        if pair.a == pair.b and pair.verdict != "not-comparable":
            out.append(f"{label}: both quotes in one article, only allowed for not-comparable")
        if pair.a == pair.b and pair.qa == pair.qb:
            out.append(f"{label}: a pair of a quote with itself")
        for aid, quote in ((pair.a, pair.qa), (pair.b, pair.qb)):
            if aid not in story.articles:
                out.append(f"{label}: {aid!r} is not an article of this story")
                continue
            article = articles.get(aid)
            if article is None:
                continue
            count = article.body.count(quote)
            if count == 0:
                out.append(f"{label}: quote {quote!r} not in the body of {aid}")
            elif count > 1:
                out.append(f"{label}: quote {quote!r} occurs {count} times in {aid}; make it longer")
            if not any(ch.isdigit() for ch in quote) and not _has_hangul_number(quote):
                out.append(f"{label}: quote {quote!r} holds no value")
    return out


_HANGUL_NUMBER = set("일이삼사오육칠팔구십백천만억조한두세네석넉다섯여섯일곱여덟아홉열스물서른마흔쉰절반")


def _has_hangul_number(text: str) -> bool:
    return any(ch in _HANGUL_NUMBER for ch in text)


def validate(root: Path = ROOT) -> list[str]:
    """Every problem of gold.yaml (and of any part files), one message each."""
    out: list[str] = []
    stories: list[tuple[Story, bool]] = []
    gold_path = root / "gold.yaml"
    if gold_path.is_file():
        gold = load_gold(gold_path)
        stories += [(s, True) for s in gold.stories]
    stories += [(s, False) for _, s in load_parts(root)]
    seen: dict[str, str] = {}
    all_articles: dict[str, Article] = {}
    for story, _ in stories:
        for article in story_articles(story.id, root):
            if article.id in all_articles and all_articles[article.id].path != article.path:
                out.append(f"article id {article.id!r} used twice: {all_articles[article.id].path}, {article.path}")
            all_articles[article.id] = article
    for story, need_split in stories:
        if story.id in seen:
            out.append(f"story {story.id} listed twice")
        seen[story.id] = story.id
        out += problems_of(story, all_articles, need_split=need_split)
        for article in story_articles(story.id, root):
            if article.published is None:
                out.append(f"{article.path}: no publication date")
    return out


def stats(root: Path = ROOT) -> str:
    stories = []
    if (root / "gold.yaml").is_file():
        stories += load_gold(root / "gold.yaml").stories
    stories += [s for _, s in load_parts(root)]
    verdicts = Counter(p.verdict for s in stories for p in s.pairs)
    kinds = Counter((p.verdict, p.kind) for s in stories for p in s.pairs)
    beats = Counter(s.beat for s in stories)
    splits = Counter(s.split for s in stories)
    n_articles = sum(len(s.articles) for s in stories)
    lines = [f"{len(stories)} stories, {n_articles} articles, {sum(verdicts.values())} pairs"]
    lines.append("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    lines.append("beats: " + ", ".join(f"{k} {v}" for k, v in sorted(beats.items())))
    lines.append("splits: " + ", ".join(f"{k} {v}" for k, v in sorted(splits.items(), key=str)))
    for verdict in ("contradiction", "consistent", "not-comparable"):
        row = sorted((k, v) for (vv, k), v in kinds.items() if vv == verdict)
        lines.append(f"{verdict} by kind: " + ", ".join(f"{k} {v}" for k, v in row))
    return "\n".join(lines)


def merge(root: Path = ROOT) -> int:
    """Fold part files into gold.yaml (story order by id), keeping existing splits."""
    gold = load_gold(root / "gold.yaml") if (root / "gold.yaml").is_file() else Gold(stories=[])
    by_id = {s.id: s for s in gold.stories}
    parts = load_parts(root)
    for path, story in parts:
        old = by_id.get(story.id)
        split = old.split if old is not None else story.split
        by_id[story.id] = story.model_copy(update={"split": split})
    merged = Gold(stories=[by_id[k] for k in sorted(by_id)])
    write_gold(merged, root / "gold.yaml")
    for path, _ in parts:
        path.unlink()
    return len(parts)


def write_gold(gold: Gold, path: Path) -> None:
    data = gold.model_dump(exclude_none=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.accuracy.gold")
    parser.add_argument("command", choices=["validate", "stats", "merge"])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if args.command == "validate":
        found = validate(args.root)
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)", file=sys.stderr)
        return 1 if found else 0
    if args.command == "stats":
        print(stats(args.root))
        return 0
    print(f"merged {merge(args.root)} part file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
