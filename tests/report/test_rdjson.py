"""``rdjson``: reviewdog's format, with columns in UTF-8 bytes."""

from __future__ import annotations

import json

from daejo.report import render
from daejo.report.common import sort_findings

from .sample import FINDINGS, PARAMETERS, TARGET, meta, quantity, side
from daejo.models import Finding


def _finding_on_line(line_text: str, quote: str) -> Finding:
    column = line_text.index(quote) + 1
    located = side("a", "/srv/news/a.md", 3, column, line_text, quote, quantity(quote, 1, "개"), sentence_start=0)
    return PARAMETERS.model_copy(update={"claims": [located]})


def test_columns_are_utf8_bytes_that_select_the_quote_in_a_hangul_line():
    line_text = "한결연구소의 연구원은 모두 120명이다."
    diagnostic = json.loads(render([_finding_on_line(line_text, "120명")], "rdjson", meta()))["diagnostics"][0]
    start = diagnostic["location"]["range"]["start"]
    end = diagnostic["location"]["range"]["end"]
    assert start["column"] == 1 + len("한결연구소의 연구원은 모두 ".encode("utf-8")) == 40  # 12 syllables x 3 bytes + 3 spaces, 1-based
    assert line_text.encode("utf-8")[start["column"] - 1 : end["column"] - 1].decode("utf-8") == "120명"
    assert start["line"] == end["line"] == 3


def test_diagnostics_follow_the_findings():
    document = json.loads(render(FINDINGS, "rdjson", meta()))
    assert document["source"] == {"name": "daejo"}
    assert document["severity"] == "ERROR"
    for diagnostic, finding in zip(document["diagnostics"], sort_findings(FINDINGS), strict=True):
        assert diagnostic["severity"] == finding.severity.upper()
        assert diagnostic["code"]["value"] == finding.code
        assert diagnostic["message"] == finding.message_ko
        assert len(diagnostic.get("related_locations", [])) == len(finding.claims) - 1


def test_code_url_only_when_the_rule_has_one():
    diagnostics = json.loads(render(FINDINGS, "rdjson", meta()))["diagnostics"]
    urls = {d["code"]["value"]: d["code"].get("url") for d in diagnostics}
    assert urls == {"DJ101": "https://example.org/daejo/rules/DJ101", "DJ102": None, "DJ201": None}


def test_byte_column_given_by_the_reconciler_is_used():
    related = json.loads(render([TARGET], "rdjson", meta()))["diagnostics"][0]["related_locations"][0]
    assert related["location"]["range"]["start"]["column"] == TARGET.claims[1].byte_column
