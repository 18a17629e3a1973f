"""JSONL inputs: one article a line; a broken line names file:line."""

from __future__ import annotations

import json

import pytest

from daejo.errors import InputError
from daejo.ingest import load_articles


def _jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_records_become_articles(write):
    path = write(
        "batch.jsonl",
        _jsonl(
            {
                "id": "a-1",
                "title": "첫 기사",
                "outlet": "가상일보",
                "published": "2022-06",
                "url": "https://x/1",
                "body": "첫 기사 본문이다.\r\n둘째 줄.",
            },
            {"text": "# 제목줄\n본문.", "published": 2021},
            "",
            {"content": "세 번째 기사.", "published": "2020-01-02T03:04:05+09:00"},
        ),
    )
    articles = load_articles([path]).articles
    assert [(a.id, a.title, a.body_line, a.source_format) for a in articles] == [
        ("a-1", "첫 기사", 1, "jsonl"),
        ("batch-2", "제목줄", 2, "jsonl"),
        ("batch-4", None, 4, "jsonl"),
    ]
    assert articles[0].body == "첫 기사 본문이다.\n둘째 줄."
    assert articles[0].outlet == "가상일보" and articles[0].url == "https://x/1"
    assert [a.published.grain for a in articles] == ["month", "year", "datetime"]


def test_broken_line_without_keep_going_raises(badinput):
    path = badinput / "broken_line.jsonl"
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert (caught.value.path, caught.value.line) == (str(path), 2)
    assert "broken JSONL record" in caught.value.message


def test_broken_line_with_keep_going_is_a_problem_and_the_rest_loads(badinput):
    path = badinput / "broken_line.jsonl"
    result = load_articles([path], keep_going=True)
    assert [a.id for a in result.articles] == ["j-ok-1", "j-ok-3"]
    assert [(p.path, p.line) for p in result.problems] == [(str(path), 2)]
    assert str(result.problems[0]).startswith(f"{path}:2: broken JSONL record")


@pytest.mark.parametrize(
    "line, fragment",
    [
        pytest.param('["not", "an", "object"]', "must be an object, got list", id="array"),
        pytest.param(
            '{"id": "x", "title": "본문 없음"}', "no text (expected one of: body, text, content)", id="no body"
        ),
        pytest.param('{"id": "x", "body": 42}', "'body' must be a string", id="body not text"),
        pytest.param('{"id": "x", "body": "  "}', "empty article", id="empty body"),
        pytest.param('{"id": "x", "body": "본문", "published": "2023-02-30"}', "invalid 'published'", id="bad date"),
        pytest.param('{"id": ["x"], "body": "본문"}', "'id' must be text", id="id list"),
        pytest.param('{"id": "x", "body": "본문"', "broken JSONL record", id="truncated"),
    ],
)
def test_bad_records_name_their_line(write, line, fragment):
    path = write("bad.jsonl", _jsonl({"id": "fine", "body": "정상 기록."}, line))
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert (caught.value.path, caught.value.line) == (str(path), 2)
    assert fragment in caught.value.message


def test_empty_jsonl_file_is_an_error(write):
    path = write("none.jsonl", "\n\n")
    with pytest.raises(InputError, match="empty article"):
        load_articles([path])


def test_duplicate_id_inside_one_jsonl_names_both_lines(write):
    path = write("dup.jsonl", _jsonl({"id": "same", "body": "하나."}, {"id": "same", "body": "둘."}))
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert caught.value.line == 2
    assert f"also used by {path}:1" in caught.value.message


def test_byline_inside_a_record_dates_it(write):
    path = write("dated.jsonl", _jsonl({"id": "d", "body": "제목\n입력 2024.12.29 15:28\n본문."}))
    [article] = load_articles([path]).articles
    assert article.published.text == "2024-12-29T15:28:00+09:00"
    assert "(line" not in article.warnings[0]  # a line inside a JSON string is not a file line
