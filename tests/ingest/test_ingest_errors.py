"""Table tests: bad input → InputError naming the file, the line and what is wrong."""

from __future__ import annotations

import pytest

from daejo.errors import InputError
from daejo.ingest import load_articles

COMMITTED = [
    pytest.param("malformed_yaml.md", 4, "malformed YAML in front matter", id="unclosed quote"),
    pytest.param("not_mapping.md", 2, "front matter must be a mapping", id="list front matter"),
    pytest.param("published_feb30.md", 4, "invalid 'published'", id="2023-02-30"),
    pytest.param("published_3023.md", 3, "not a valid publication year", id="year 3023"),
    pytest.param("published_relative.md", 4, "invalid date '어제'", id="relative date"),
    pytest.param("unterminated.md", 1, "never closed", id="front matter never closed"),
    pytest.param("duplicate_key.md", 3, "duplicate front-matter key 'id' (first on line 2)", id="duplicate key"),
    pytest.param("broken_line.jsonl", 2, "broken JSONL record", id="broken jsonl line"),
]


@pytest.mark.parametrize("name, line, fragment", COMMITTED)
def test_committed_bad_inputs(badinput, name, line, fragment):
    path = badinput / name
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert fragment in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


GENERATED = [
    pytest.param("empty.md", b"", 1, "empty article", id="empty file"),
    pytest.param("blank.txt", " \n\t\r\n  ", 1, "empty article", id="whitespace only"),
    pytest.param("no-body.md", "---\nid: x\n---\n\n  \n", 4, "empty article", id="front matter but no body"),
    pytest.param("scalar.md", "---\n그냥 문자열\n---\n본문.\n", 2, "got a string", id="scalar front matter"),
    pytest.param(
        "colon.md", "---\nid: a\ntitle: 가: 나\n---\n본문.\n", 3, "mapping values are not allowed", id="bad colon"
    ),
    pytest.param("tab.md", "---\nid: a\n\tbad: 1\n---\n본문.\n", 3, "malformed YAML", id="tab indentation"),
    pytest.param(
        "title-list.md", "---\ntitle: [가, 나]\n---\n본문.\n", 2, "'title' must be text", id="title is a list"
    ),
    pytest.param(
        "pub-map.md",
        "---\noutlet: 가\npublished: {y: 1}\n---\n본문.\n",
        3,
        "'published' must be a date",
        id="published is a mapping",
    ),
    pytest.param("pub-month.md", '---\npublished: "2022-13"\n---\n본문.\n', 2, "month must be in 1..12", id="month 13"),
    pytest.param("pub-bool.md", "---\npublished: yes\n---\n본문.\n", 2, "invalid date", id="published yes"),
    pytest.param("empty-id.md", '---\nid: "  "\n---\n본문.\n', 2, "'id' is empty", id="empty id"),
    pytest.param(
        "crlf-bad.md",
        "---\r\nid: a\r\npublished: 2023-02-30\r\n---\r\n본문.\r\n",
        3,
        "invalid 'published'",
        id="CRLF keeps line numbers",
    ),
    pytest.param(
        "bom-bad.md",
        b'\xef\xbb\xbf---\nid: a\npublished: "3023"\n---\n\xeb\xb3\xb8\n',
        3,
        "not a valid publication year",
        id="BOM keeps line numbers",
    ),
    pytest.param("page.pdf", "%PDF-1.4", None, "unsupported file type '.pdf'", id="unsupported suffix"),
]


@pytest.mark.parametrize("name, content, line, fragment", GENERATED)
def test_generated_bad_inputs(write, name, content, line, fragment):
    path = write(name, content)
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert fragment in caught.value.message


def test_missing_path_is_an_input_error(tmp_path):
    missing = tmp_path / "nowhere.md"
    with pytest.raises(InputError, match="no such file or directory") as caught:
        load_articles([missing])
    assert caught.value.path == str(missing)


def test_no_paths_at_all_is_an_input_error():
    with pytest.raises(InputError, match="no input"):
        load_articles([])


def test_keep_going_collects_problems_and_loads_the_rest(write, badinput):
    good = write("good.md", "---\nid: good\n---\n본문.\n")
    result = load_articles([badinput / "published_feb30.md", good, badinput / "not_mapping.md"], keep_going=True)
    assert [a.id for a in result.articles] == ["good"]
    assert [(p.path, p.line) for p in result.problems] == [
        (str(badinput / "published_feb30.md"), 4),
        (str(badinput / "not_mapping.md"), 2),
    ]
    assert "invalid 'published'" in result.problems[0].message
