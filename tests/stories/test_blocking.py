"""Story blocking (daejo.stories._Index): how far a key reaches by how many articles
hold it, candidates that are symmetric (each pair is scored once, from one side), and
grouping of a large archive that does not depend on input order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchmarks.bench_stories import synthetic_archive
from daejo.models import ArticleClaims, StoryKeys
from daejo.stories import FEW, MID_DAYS, NEAR_DAYS, NEIGHBOURS, RARE, StoryItem, _Index, assign_stories, item_of

START = date(2024, 1, 1)


def _item(article: str, day: date | None, names: list[str]) -> StoryItem:
    return StoryItem(article, StoryKeys(names=names), day, None)


def _archive(key_days: dict[str, list[int]], fillers: int = 3000) -> list[StoryItem]:
    """Articles holding each key on the given days (one article a day listed), among
    ``fillers`` articles with names of their own (so the keys stay under the blocking limit)."""
    items = [_item(f"f{n:05d}", START + timedelta(days=n % 400), [f"채움{n}"]) for n in range(fillers)]
    for key, days in key_days.items():
        items += [_item(f"{key}{n:04d}", START + timedelta(days=d), [key]) for n, d in enumerate(days)]
    return sorted(items, key=lambda i: i.article)


def _proposed(items: list[StoryItem], article: str) -> list[date]:
    index = _Index(items)
    k = next(n for n, i in enumerate(items) if i.article == article)
    return sorted(items[j].day for j in index.candidates(k))


def test_a_frequent_key_proposes_its_nearest_articles_within_near_days():
    days = [d for d in range(100) for _ in range(3)]  # three articles a day for 100 days
    assert len(days) > FEW
    items = _archive({"가람전자": days})
    proposed = _proposed(items, "가람전자0150")  # day 50
    assert len(proposed) == 2 * NEIGHBOURS
    assert all(abs((d - (START + timedelta(days=50))).days) <= NEAR_DAYS for d in proposed)


def test_a_key_of_a_few_stories_proposes_those_within_mid_days_and_a_rare_one_all():
    every_ten = list(range(0, 300, 10))  # 30 articles, one every ten days
    assert RARE < len(every_ten) <= FEW
    items = _archive({"나래": every_ten, "다온": [0, 100, 200, 300, 390]})
    middle = START + timedelta(days=150)
    assert _proposed(items, "나래0015") == [middle + timedelta(days=d) for d in range(-MID_DAYS, MID_DAYS + 1, 10) if d]
    assert len(_proposed(items, "다온0002")) == 4  # a rare key: every article that holds it


@pytest.fixture(scope="module")
def archive() -> list[ArticleClaims]:
    entries, _ = synthetic_archive(3000)
    # some undated articles: candidates of a dated one by rank alone
    return [e.model_copy(update={"published": None}) if n % 41 == 0 else e for n, e in enumerate(entries)]


def test_candidates_are_symmetric(archive):
    items = sorted((item_of(e, keep_story=False) for e in archive), key=lambda i: i.article)
    index = _Index(items)
    assert any(len(index.postings[key]) > FEW for key in index.timed)  # frequent keys are windowed here
    candidates = [index.candidates(k) for k in range(len(items))]
    assert all(k in candidates[j] for k, found in enumerate(candidates) for j in found)


def test_a_large_archive_is_grouped_the_same_in_any_order(archive):
    forward = {e.article: (e.story, e.story_name) for e in assign_stories(archive)}
    backward = {e.article: (e.story, e.story_name) for e in assign_stories(list(reversed(archive)))}
    assert forward == backward
