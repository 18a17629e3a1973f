"""``json``/``jsonl``: the docs/design.md contract ("Contracts")."""

from __future__ import annotations

import json

from daejo.models import FindingSide
from daejo.report import render

from .sample import FINDINGS, HOSTILE, PARAMETERS, ROOT, meta

FINDING_KEYS = [
    "id", "rule", "code", "severity", "confidence", "entity", "attribute",
    "message", "message_ko", "message_en", "reason", "claims",
]  # fmt: skip
CONTRACT_SIDE_KEYS = [
    "article", "path", "line", "column", "start", "end", "sentence", "quote",
    "value", "modality", "attribution", "as_of",
]  # fmt: skip


def test_top_level_shape_and_key_order():
    document = json.loads(render(FINDINGS, "json", meta()))
    assert list(document) == ["version", "articles", "claims", "findings"]
    assert (document["version"], document["articles"], document["claims"]) == (1, 4, 37)
    for finding in document["findings"]:
        assert list(finding) == FINDING_KEYS
        for side in finding["claims"]:
            assert list(side)[: len(CONTRACT_SIDE_KEYS)] == CONTRACT_SIDE_KEYS


def test_output_is_indented_utf8_with_a_trailing_newline_and_stable():
    first = render(FINDINGS, "json", meta())
    assert first.endswith("}\n") and first.startswith('{\n  "version": 1,')
    assert "누리랩" in first
    assert first == render(list(reversed(FINDINGS)), "json", meta())


def test_sides_round_trip_to_the_model_with_paths_made_relative():
    document = json.loads(render([PARAMETERS], "json", meta()))
    sides = [FindingSide.model_validate(side) for side in document["findings"][0]["claims"]]
    original = PARAMETERS.claims
    assert [s.path for s in sides] == [o.path.removeprefix(ROOT + "/") for o in original]
    assert [s.model_copy(update={"path": o.path}) for s, o in zip(sides, original)] == original


def test_message_follows_the_requested_language():
    english = json.loads(render([PARAMETERS], "json", meta(lang="en")))["findings"][0]
    korean = json.loads(render([PARAMETERS], "json", meta(lang="ko")))["findings"][0]
    assert english["message"] == PARAMETERS.message_en
    assert korean["message"] == PARAMETERS.message_ko


def test_jsonl_is_one_finding_a_line_equal_to_the_json_findings():
    lines = render(FINDINGS, "jsonl", meta()).splitlines()
    assert len(lines) == len(FINDINGS)
    assert [json.loads(line) for line in lines] == json.loads(render(FINDINGS, "json", meta()))["findings"]


def test_jsonl_keeps_a_line_break_in_article_text_inside_its_line():
    output = render([HOSTILE], "jsonl", meta())
    assert output.count("\n") == 1
    assert json.loads(output)["claims"][0]["quote"] == HOSTILE.claims[0].quote


def test_jsonl_of_no_findings_is_empty():
    assert render([], "jsonl", meta()) == ""
