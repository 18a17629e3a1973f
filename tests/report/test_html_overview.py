"""The top of the editors' page: the article pairs in conflict with counts by severity,
and per story the facts in dispute with each article's value."""

from __future__ import annotations

from daejo.report import ReportMeta, render
from daejo.report.html import finding_pairs, render_html
from tests.report.editor_sample import build
from tests.report.htmlpage import elements, text_of


def _page(**kw) -> str:
    findings, ledger, checked = build()
    return render_html(findings, ledger, checked=checked, **kw)


def test_the_overview_comes_before_the_finding_cards():
    page = _page()
    assert 'id="overview"' in page
    assert page.index('id="overview"') < page.index('id="findings"') < page.index('id="cards"')


def test_pairs_in_conflict_with_counts_by_severity_the_checked_article_first():
    page = _page()
    rows = {(a["data-a"], a["data-b"]): text for a, _, text in elements(page, cls="pair")}
    # the checked article against each stored one; the stored ones are not paired with each other
    assert set(rows) == {("dongbang-new", "alpha"), ("dongbang-new", "beta")}
    cells = [c for _, _, c in elements(elements(page, id="pairs")[0][1], cls="num", tag="td")]
    assert cells == ["1", "1", "0", "1", "0", "0"]  # alpha: 1 error 1 warning; beta: 1 error
    assert "누리랩 · 설립 시점" in rows[("dongbang-new", "alpha")] and "누리온 · 파라미터 수" in rows[("dongbang-new", "alpha")]
    assert "파라미터" not in rows[("dongbang-new", "beta")]
    # each fact links to its card
    pairs = elements(page, id="pairs")[0][1]
    assert 'href="#finding-aaaa00000001"' in pairs and 'href="#finding-bbbb00000002"' in pairs


def test_pairs_without_knowing_the_checked_articles_start_from_the_first_side():
    findings, _, _ = build()
    assert finding_pairs(findings[0], None) == [("dongbang-new", "alpha"), ("dongbang-new", "beta")]
    assert finding_pairs(findings[1], None) == [("alpha", "dongbang-new")]
    assert finding_pairs(findings[1], {"dongbang-new"}) == [("dongbang-new", "alpha")]


def test_facts_in_dispute_per_story_with_every_articles_value():
    page = _page()
    (story,) = elements(page, cls="story")
    assert story[0]["data-story"] == "lab-founding"
    assert "누리랩 설립과 누리온" in story[2]
    disputes = [text for _, _, text in elements(story[1], cls="dispute")]
    assert len(disputes) == 2 and disputes[0].startswith("오류 누리랩 · 설립 시점")  # the worst first
    assert disputes[0].count("동방일보") == 1 and "한결일보" in disputes[0] and "한빛일보" in disputes[0]
    values = [text for _, _, text in elements(story[1], cls="val")]
    assert values[0].endswith("동방일보 2023-06-15 10:00")  # the checked article's value first, with its clock


def test_no_overview_without_findings_and_the_cli_path_passes_the_checked_articles():
    findings, ledger, checked = build()
    assert 'id="overview"' not in render_html([], ledger, checked=checked)
    page = render(findings, "html", ReportMeta(articles=5, claims=10, checked=checked), ledger=ledger)
    assert 'class="tag checked"' in page
    # every article is a checked one: nothing to tell apart, no tags
    everyone = [a.article for a in ledger]
    assert 'class="tag checked"' not in render_html(findings, ledger, checked=everyone)
    assert "검토" in text_of(page, id="pairs")


def test_of_equally_severe_facts_the_one_more_articles_dispute_comes_first():
    from daejo.report.html import article_refs, overview

    findings, ledger, checked = build()
    founded, params = findings
    # the same severity for both; parameter_count twice (two findings), founded_date over three articles
    params = params.model_copy(update={"severity": "error"})
    again = params.model_copy(update={"id": "cccc00000003"})
    refs = article_refs(ledger, findings, set(checked))
    (story,) = overview([founded, params, again], ledger, refs, set(checked), set(), {}, "ko").stories
    assert [d.label.split(" · ")[1] for d in story.facts] == ["설립 시점", "파라미터 수"]
    assert [len(d.values) for d in story.facts] == [3, 2] and story.facts[1].findings == 2


def test_stories_are_found_when_the_entries_come_without_them():
    """`daejo check` groups articles into stories to reconcile them but hands the page
    the entries as read: the page groups them the same way (daejo.stories)."""
    from daejo.models import StoryKeys
    from daejo.report.html import with_stories

    findings, ledger, checked = build()
    keys = StoryKeys(names=["누리랩", "누리온"], nouns=["설립", "파라미터"], phrases=["누리랩 설립"])
    bare = [a.model_copy(update={"story": None, "story_name": None, "keys": keys}) for a in ledger]
    grouped = with_stories(bare, set(checked))
    assert all(a.story for a in grouped) and [a.article for a in grouped] == [a.article for a in bare]
    page = render_html(findings, bare, checked=checked)
    stories = elements(page, cls="story")
    assert stories and all(s[0]["data-story"] for s in stories)  # none left "in no story"
    # stories already there are kept; a stored article without one gets one in memory
    kept = with_stories(ledger, set(checked))
    assert [(a.story, a.story_name) for a in kept if a.article != "sports"] == \
        [(a.story, a.story_name) for a in ledger if a.article != "sports"]
    assert next(a for a in kept if a.article == "sports").story


def test_a_fact_disputed_by_many_articles_shows_a_dozen_values_and_counts_the_rest():
    from daejo.report.html import MAX_VALUES_PER_FACT

    findings, ledger, checked = build()
    founded = findings[0]
    stored = founded.claims[1]
    many = [stored.model_copy(update={"article": f"stored-{k:02d}", "published": f"2022-01-{k + 1:02d}"}) for k in range(20)]
    wide = founded.model_copy(update={"claims": [founded.claims[0], *many]})
    page = render_html([wide], ledger, checked=checked)
    (dispute,) = elements(page, cls="dispute")
    assert len(elements(dispute[1], cls="val")) == MAX_VALUES_PER_FACT
    assert "외 기사 9건" in dispute[2]  # 21 articles: 12 shown
    assert elements(dispute[1], cls="val")[0][0]["class"] == "val checked"
