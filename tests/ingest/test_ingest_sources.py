"""Directories, symlinks and ids across inputs."""

from __future__ import annotations

import os

import pytest

from daejo.errors import InputError
from daejo.ingest import load_articles


def _article(article_id: str) -> str:
    return f"---\nid: {article_id}\n---\n{article_id} 기사의 본문이다.\n"


def test_directories_are_walked_recursively_in_sorted_order(write, tmp_path):
    write("corpus/b.md", _article("b"))
    write("corpus/a.txt", _article("a"))
    write("corpus/sub/c.jsonl", '{"id": "c", "body": "본문."}\n')
    write("corpus/sub/notes.yaml", "ignored: true\n")
    write("corpus/image.png", b"\x89PNG\x00")
    write("corpus/.hidden/d.md", _article("d"))
    articles = load_articles([tmp_path / "corpus"]).articles
    assert [a.id for a in articles] == ["a", "b", "c"]


def test_a_folders_readme_is_walked_past_but_read_when_named(write, tmp_path):
    write("corpus/a.md", _article("a"))
    write("corpus/README.md", "# 이 폴더의 기사\n\n기사 3건을 모았다.\n")
    write("corpus/sub/readme.md", "# 하위 폴더\n")
    write("corpus/sub/b.md", _article("b"))
    assert [a.id for a in load_articles([tmp_path / "corpus"]).articles] == ["a", "b"]
    assert [a.id for a in load_articles([tmp_path / "corpus" / "README.md"]).articles] == ["README"]


def test_the_same_file_named_twice_is_loaded_once(write, tmp_path):
    path = write("corpus/a.md", _article("a"))
    articles = load_articles([tmp_path / "corpus", path]).articles
    assert [a.id for a in articles] == ["a"]


def test_duplicate_ids_across_files_name_both_files(write):
    first = write("one.md", _article("same-id"))
    second = write("two.md", "---\ntitle: 둘째\nid: same-id\n---\n다른 본문.\n")
    with pytest.raises(InputError) as caught:
        load_articles([first, second])
    assert caught.value.path == str(second)
    assert caught.value.line == 3
    assert f"also used by {first}:2" in caught.value.message


def test_duplicate_id_from_a_file_stem(write):
    first = write("x/story.md", "본문 하나.\n")
    second = write("y/story.txt", "본문 둘.\n")
    with pytest.raises(InputError, match=f"duplicate article id 'story': also used by {first}"):
        load_articles([first, second])


def test_duplicate_ids_with_keep_going_keep_the_first(write):
    first = write("one.md", _article("same-id"))
    second = write("two.md", _article("same-id"))
    result = load_articles([first, second], keep_going=True)
    assert [a.path for a in result.articles] == [str(first)]
    assert [p.path for p in result.problems] == [str(second)]


def test_empty_directory_is_an_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.rst").write_text("no articles here")
    with pytest.raises(InputError, match="no articles") as caught:
        load_articles([empty])
    assert caught.value.path == str(empty)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_reported_not_followed(write, tmp_path):
    write("corpus/a.md", _article("a"))
    (tmp_path / "corpus" / "again").symlink_to(tmp_path / "corpus", target_is_directory=True)
    with pytest.raises(InputError, match="symbolic link loop") as caught:
        load_articles([tmp_path / "corpus"])
    assert caught.value.path == str(tmp_path / "corpus" / "again")
    result = load_articles([tmp_path / "corpus"], keep_going=True)
    assert [a.id for a in result.articles] == ["a"]
    assert len(result.problems) == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_self_referencing_link_is_a_loop(write, tmp_path):
    write("corpus/a.md", _article("a"))
    (tmp_path / "corpus" / "self.md").symlink_to(tmp_path / "corpus" / "self.md")
    result = load_articles([tmp_path / "corpus"], keep_going=True)
    assert [a.id for a in result.articles] == ["a"]
    assert [p.message for p in result.problems] == ["symbolic link loop: the link never reaches a file"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_directory_reached_twice_through_links_is_read_once(write, tmp_path):
    write("shared/a.md", _article("a"))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "l1").symlink_to(tmp_path / "shared", target_is_directory=True)
    (tmp_path / "corpus" / "l2").symlink_to(tmp_path / "shared", target_is_directory=True)
    result = load_articles([tmp_path / "corpus"])
    assert [a.path for a in result.articles] == [str(tmp_path / "corpus" / "l1" / "a.md")]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_broken_article_link_is_reported(write, tmp_path):
    write("corpus/a.md", _article("a"))
    (tmp_path / "corpus" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(InputError, match="broken symbolic link"):
        load_articles([tmp_path / "corpus"])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_looping_link_named_directly_is_reported_as_a_loop(tmp_path):
    link = tmp_path / "loop.md"
    link.symlink_to(link)
    with pytest.raises(InputError, match="symbolic link loop") as caught:
        load_articles([link])
    assert caught.value.path == str(link)
