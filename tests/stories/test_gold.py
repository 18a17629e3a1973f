"""The story corpus's gold is well-formed: every quote is in its article, once."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.accuracy.gold import GOLD, ROOT, load_gold, locate_quote, problems_of, story_articles, validate

GOLD_DATA = load_gold(GOLD)


def test_the_gold_validates():
    assert validate(ROOT) == []


def test_the_corpus_has_the_sizes_the_benchmark_needs():
    stories = GOLD_DATA.stories
    articles = sum(len(s.articles) for s in stories)
    verdicts = Counter(p.verdict for s in stories for p in s.pairs)
    assert len(stories) >= 40 and articles >= 150
    assert len({s.beat for s in stories}) >= 12
    assert verdicts["contradiction"] >= 200 and verdicts["consistent"] >= 400 and verdicts["not-comparable"] >= 200
    assert all(3 <= len(s.articles) <= 6 for s in stories)


def test_every_beat_has_a_test_story_and_about_a_third_is_test():
    beats = {s.beat for s in GOLD_DATA.stories}
    assert beats == {s.beat for s in GOLD_DATA.stories if s.split == "test"}
    share = sum(s.split == "test" for s in GOLD_DATA.stories) / len(GOLD_DATA.stories)
    assert 0.25 <= share <= 0.4


def test_contradictions_span_every_value_kind_the_issue_names():
    kinds = {p.kind for s in GOLD_DATA.stories for p in s.pairs if p.verdict == "contradiction"}
    assert {"count", "money", "percent", "rank", "range", "date", "clock", "age", "duration"} <= kinds


def test_a_misplaced_quote_is_reported_with_its_story_and_article():
    story = GOLD_DATA.stories[0]
    pair = story.pairs[0].model_copy(update={"qa": "이 문장은 어디에도 없다 123"})
    broken = story.model_copy(update={"pairs": [pair]})
    articles = {a.id: a for a in story_articles(story.id)}
    found = problems_of(broken, articles, need_split=True)
    assert any(story.id in p and "not in the body" in p for p in found)


def test_a_quote_that_occurs_twice_cannot_be_located():
    story = GOLD_DATA.stories[0]
    article = story_articles(story.id)[0]
    doubled = article.model_copy(update={"body": article.body + "\n" + article.body})
    pair = next(p for p in story.pairs if p.a == article.id)
    assert locate_quote(article, pair.qa) is not None
    assert locate_quote(doubled, pair.qa) is None


@pytest.mark.parametrize("verdict", ["contradiction", "consistent"])
def test_only_not_comparable_pairs_may_quote_one_article_twice(verdict):
    story = GOLD_DATA.stories[0]
    pair = story.pairs[0].model_copy(update={"b": story.pairs[0].a, "qb": story.pairs[0].qa + "x", "verdict": verdict})
    articles = {a.id: a for a in story_articles(story.id)}
    found = problems_of(story.model_copy(update={"pairs": [pair]}), articles, need_split=True)
    assert any("only allowed for not-comparable" in p for p in found)


def test_a_run_names_the_code_it_imported_not_the_tree_it_ran_in(tmp_path, monkeypatch):
    # a floor written with an older `src/` copied outside any repository, first on
    # PYTHONPATH, names that copy, not the tree's HEAD
    import daejo
    from benchmarks.accuracy.__main__ import commit

    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    if Path(daejo.__file__).resolve().is_relative_to(repo / "src"):  # (an editable install, as .ci/run makes)
        here = commit()
        assert here and "in no repository" not in here and "(the tree at" not in here
    copy = tmp_path / "oldsrc" / "daejo"
    copy.mkdir(parents=True)
    monkeypatch.setattr(daejo, "__file__", str(copy / "__init__.py"))
    assert commit() == f"code at {tmp_path / 'oldsrc'}, in no repository"
