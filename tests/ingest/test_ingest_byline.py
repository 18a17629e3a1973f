"""Byline detection: the corpus (ingest/corpus/bylines.yaml) is the specification."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from daejo.ingest.byline import compile_byline_rules, detect_byline_date, find_byline_stamps


def _corpus() -> list[dict]:
    text = resources.files("daejo.ingest").joinpath("corpus/bylines.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["examples"]


EXAMPLES = _corpus()


def test_corpus_is_not_trivial():
    assert len(EXAMPLES) >= 15
    assert any(e["published"] is None for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_byline_corpus(example):
    stamp = detect_byline_date(example["text"])
    found = stamp.published.text if stamp else None
    assert found == example["published"]
    if stamp is not None:
        assert stamp.kind == example.get("kind", "publication")


def test_every_stamp_on_a_byline_line_is_found_with_its_kind():
    stamps = find_byline_stamps("제목\n입력 :2021/05/17 16:10    수정: 2021/05/17 20:28\n")
    assert [(s.published.text, s.kind, s.label, s.line) for s in stamps] == [
        ("2021-05-17T16:10:00+09:00", "publication", "입력", 2),
        ("2021-05-17T20:28:00+09:00", "modification", "수정", 2),
    ]


def test_stamp_text_is_the_date_as_written():
    [stamp] = find_byline_stamps("등록 2022.09.22 15:57:03\n")
    assert stamp.text == "2022.09.22 15:57:03"


def test_rules_are_data_a_new_label_needs_no_code():
    rules = compile_byline_rules(
        {"timezone": "+00:00", "search_lines": 3, "labels": {"publication": ["Posted"], "modification": []}}
    )
    stamp = detect_byline_date("Title\nPosted 2020-02-03 04:05\nbody", rules)
    assert stamp.published.text == "2020-02-03T04:05:00+00:00"
    assert detect_byline_date("Title\n입력 2020-02-03 04:05\nbody", rules) is None


def test_search_window_counts_non_blank_lines():
    page = "제목\n" + "\n\n".join(f"문단 {i}" for i in range(12)) + "\n\n입력 2020.01.02 03:04\n" + "끝\n" * 40
    # 14th non-blank line, although it is the 26th line of the text
    stamp = detect_byline_date(page)
    assert stamp is not None and stamp.line == 26
