"""The renderers over findings made by the real reconciler (not hand-built ones)."""

from __future__ import annotations

import json

import pytest

from daejo.models import ArticleClaims, Claim, Evidence, Value
from daejo.reconcile import reconcile
from daejo.report import render

from .test_sarif import SCHEMA_PATH

LINES = {
    "alpha": "지난 13일 누리랩은 약 6000억개의 매개변수를 갖춘 모델을 공개했다.",
    "beta": "업계에 따르면 누리랩 모델의 매개변수는 3000억개다.",
}


def _article(article_id: str, quote: str, value: Value) -> ArticleClaims:
    sentence = LINES[article_id]
    start = sentence.index(quote)
    evidence = Evidence(
        path=f"/srv/news/{article_id}.md", sentence_index=0, sentence=sentence, sentence_start=0,
        start=start, end=start + len(quote), quote=quote, line=5, column=start + 1,
    )  # fmt: skip
    claim = Claim(
        id=f"{article_id}#1", article=article_id, entity="누리랩", entity_text="누리랩",
        attribute="parameter_count", value=value, evidence=evidence, confidence=0.9,
    )  # fmt: skip
    return ArticleClaims(
        article=article_id, path=f"/srv/news/{article_id}.md", outlet=f"{article_id} 일보",
        published="2022-06-20", body_sha256="0" * 64, claims=[claim],
    )  # fmt: skip


@pytest.fixture(scope="module")
def findings():
    approx = Value(kind="quantity", text="약 6000억개", start=0, end=8, value=6e11, unit="개",
                   bound="approx", low=5.4e11, high=6.6e11)  # fmt: skip
    exact = Value(kind="quantity", text="3000억개", start=0, end=6, value=3e11, unit="개", low=3e11, high=3e11)
    found = reconcile([_article("alpha", "6000억개", approx), _article("beta", "3000억개", exact)])
    assert found, "two non-overlapping parameter counts must produce a finding"
    return found


def test_sarif_of_reconciled_findings_is_schema_valid(findings):
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    log = json.loads(render(findings, "sarif", _meta()))
    assert list(jsonschema.Draft4Validator(schema).iter_errors(log)) == []
    snippets = {loc["physicalLocation"]["region"]["snippet"]["text"] for loc in _all_locations(log)}
    assert snippets == {"6000억개", "3000억개"}


def test_rdjson_byte_columns_select_the_quotes_in_their_lines(findings):
    document = json.loads(render(findings, "rdjson", _meta()))
    diagnostic = document["diagnostics"][0]
    for location in [diagnostic["location"]] + [r["location"] for r in diagnostic.get("related_locations", [])]:
        line = LINES[location["path"].removesuffix(".md")].encode("utf-8")
        selected = line[location["range"]["start"]["column"] - 1 : location["range"]["end"]["column"] - 1]
        assert selected.decode("utf-8") in {"6000억개", "3000억개"}


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "junit", "gitlab", "markdown"])
def test_every_format_names_each_reconciled_finding(findings, fmt):
    output = render(findings, fmt, _meta())
    for finding in findings:
        assert finding.code in output
        assert finding.message_ko.splitlines()[0][:10] in output.replace("\\", "")


def _meta():
    from daejo.report import ReportMeta

    return ReportMeta(articles=2, claims=2, root="/srv/news")


def _all_locations(log):
    for result in log["runs"][0]["results"]:
        yield from result.get("locations", [])
        yield from result.get("relatedLocations", [])
