"""The whole fixture corpus end to end: fixtures/articles checked together.

fixtures/README.md lists the planted contradictions (and the look-alikes that
must stay quiet); fixtures/expected_findings.json is that table as data. The
warning and error findings must match it exactly (rule, severity, entity,
attribute, the articles of the sides); an info finding may appear only where
``allowed_info`` lists it. Then each incoming article is checked against a
ledger of fixtures/articles built by ``daejo extract --write``, and must give
what fixtures/incoming/expected.json lists.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from daejo.cli import main
from daejo.cli.check import CheckOptions, run_check

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "fixtures" / "articles"
INCOMING = ROOT / "fixtures" / "incoming"
ALIASES = ROOT / "fixtures" / "aliases.yaml"
EXPECTED = ROOT / "fixtures" / "expected_findings.json"


def _key(rule, severity, entity, attribute, articles) -> tuple:
    return (rule, severity, entity, attribute, tuple(sorted(set(articles))))


def _finding_key(finding) -> tuple:
    return _key(finding.rule, finding.severity, finding.entity, finding.attribute, [s.article for s in finding.claims])


def _check(paths: list[Path], ledger: Path | None = None):
    options = CheckOptions(paths=paths, ledger=ledger, ledger_explicit=ledger is not None, fmt="json", aliases=[ALIASES],
                           jobs=1)
    result, _ = run_check(options)
    return result.findings


def _describe(findings) -> str:
    return "\n".join(
        f"{f.severity} {f.rule} {f.entity} {f.attribute} {[(s.article, s.quote) for s in f.claims]}" for f in findings
    )


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_findings():
    """One run of the real pipeline over fixtures/articles (no ledger)."""
    return _check([ARTICLES])


def test_expected_findings_name_existing_articles(expected):
    ids = {p.stem for p in ARTICLES.glob("*.md")}
    named = {a for entry in expected["findings"] + expected["allowed_info"] for a in entry["articles"]}
    assert named <= ids, named - ids


def test_warnings_and_errors_are_exactly_the_planted_contradictions(corpus_findings, expected):
    got = Counter(_finding_key(f) for f in corpus_findings if f.severity != "info")
    want = Counter(
        _key(e["rule"], e["severity"], e["entity"], e["attribute"], e["articles"]) for e in expected["findings"]
    )
    assert got == want, _describe(corpus_findings)


def _entity_matches(found: str | None, wanted: str) -> bool:
    """An expected entity `story:` stands for the event of whichever story the articles form."""
    if wanted.endswith(":"):
        return bool(found) and found.startswith(wanted)  # type: ignore[union-attr]
    return found == wanted


def test_info_findings_only_where_the_readme_allows_them(corpus_findings, expected):
    allowed = expected["allowed_info"]
    stray = [
        f for f in corpus_findings
        if f.severity == "info"
        and not any(
            (f.rule, f.attribute) == (a["rule"], a["attribute"]) and _entity_matches(f.entity, a["entity"])
            and {s.article for s in f.claims} <= set(a["articles"])
            for a in allowed
        )
    ]
    assert stray == [], _describe(stray)


def test_every_planted_contradiction_cites_two_different_values(corpus_findings):
    for finding in (f for f in corpus_findings if f.severity != "info"):
        quotes = {(s.article, s.quote) for s in finding.claims}
        assert len(quotes) == 2 and len({s.article for s in finding.claims}) == 2, _describe([finding])


@pytest.fixture(scope="module")
def fixture_ledger(tmp_path_factory) -> Path:
    """A ledger of fixtures/articles, written by the command a newsroom runs."""
    folder = tmp_path_factory.mktemp("ledger")
    with pytest.raises(SystemExit) as done:
        main(["extract", str(ARTICLES), "--aliases", str(ALIASES), "--write", str(folder)])
    assert done.value.code in (0, None)
    assert sorted(p.stem for p in folder.glob("*.jsonl")) == sorted(p.stem for p in ARTICLES.glob("*.md"))
    return folder


def _incoming_cases() -> list[tuple[str, dict]]:
    doc = json.loads((INCOMING / "expected.json").read_text(encoding="utf-8"))
    return sorted(doc["articles"].items())


@pytest.mark.parametrize("article_id,case", _incoming_cases(), ids=[a for a, _ in _incoming_cases()])
def test_incoming_article_against_the_ledger(article_id: str, case: dict, fixture_ledger: Path):
    findings = _check([INCOMING / f"{article_id}.md"], ledger=fixture_ledger)
    involved = [f for f in findings if article_id in {s.article for s in f.claims}]
    # an expectation names only the incoming article: the error it plants is
    # reported against every ledger article that states the right value, so
    # compare the distinct (rule, severity, entity, attribute) it raises
    got = {_finding_key(f)[:4] for f in involved if f.severity != "info"}
    want = {(e["rule"], e["severity"], e["entity"], e["attribute"]) for e in case["findings"] if e["severity"] != "info"}
    assert got == want, _describe(involved)


@pytest.fixture(scope="module")
def findings_without_aliases():
    """The same corpus with no alias file: every name is learned from the text."""
    options = CheckOptions(paths=[ARTICLES], ledger=None, ledger_explicit=False, fmt="json", aliases=[], jobs=1)
    result, _ = run_check(options)
    return result.findings


def test_without_an_alias_file_every_planted_contradiction_is_still_found(findings_without_aliases, expected):
    """No alias file: an entity is the name as written, or its story's event
    (`story:…`), so compare by rule, attribute, the two articles and severity."""
    got = {
        (f.rule, f.severity, f.attribute, tuple(sorted({s.article for s in f.claims})))
        for f in findings_without_aliases if f.severity != "info"
    }
    missing = [
        e for e in expected["findings"]
        if (e["rule"], e["severity"], e["attribute"], tuple(sorted(set(e["articles"])))) not in got
    ]
    assert missing == [], _describe(findings_without_aliases)


def test_without_an_alias_file_no_contradiction_is_raised_beyond_the_planted_ones(findings_without_aliases, expected):
    planted = {tuple(sorted(set(e["articles"]))) for e in expected["findings"]}
    stray = [
        f for f in findings_without_aliases
        if f.severity == "error" and tuple(sorted({s.article for s in f.claims})) not in planted
    ]
    assert stray == [], _describe(stray)
